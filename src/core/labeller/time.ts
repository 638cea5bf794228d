// Event timestamps as numbers. ISO strings of mixed precision ("...:00Z" vs "...:00.500Z") do not sort as strings.
export const time = (ts: string): number => Date.parse(ts);
