// How a count reads everywhere, in the engine's messages and on the pages: 3,141.
export const formatCount = (n: number): string => n.toLocaleString('en-US');
