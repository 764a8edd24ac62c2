export const ROOT: string;
export const TYPES: string;
export function messagesOf(path: string): Record<string, string[]>;
export function catalogue(): Record<string, Record<string, Record<string, string[]>>>;
export function isWindowFile(file: string): boolean;
export function typesSource(): string;
