export async function measureLatency() { throw new Error('todo'); }
export async function measureServerMemory() { throw new Error('todo'); }
export async function measureStart() { throw new Error('todo'); }
