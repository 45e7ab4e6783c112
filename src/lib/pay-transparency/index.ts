// Pay-transparency rules for listings: the table (rules.ts), the benefits test (benefits.ts), the US states and
// Canadian provinces a listing may be limited to (subdivisions.ts), and their evaluation (evaluate.ts).
export * from "./benefits";
export * from "./evaluate";
export * from "./range-warning";
export * from "./rules";
export * from "./subdivisions";
