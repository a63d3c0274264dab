export async function measureWorkspace() { throw new Error('todo'); }
