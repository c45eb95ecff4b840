// Types of page-dirs.mjs for the TypeScript tests that import it.

export function pageDirs(dir: string): string[];
export function blockText(node: Node): string;
