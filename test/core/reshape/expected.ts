// Test data: where a shape legitimately changes a report's findings, the findings it gives and why.

export interface ShapeChange {
  report: string;
  variant: string;
  findings: { ruleId: string; messageId: string; message: string }[];
  why: string;
}

export const shapeChanges: ShapeChange[] = [];
