/** A minimal unified diff of two texts, line by line (for --fix-dry-run; fixes never add or remove lines wholesale). */
export function lineDiff(path: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- ${path}`, `+++ ${path} (soát --fix)`];
  // Fixes keep the line structure; compare line by line, falling back to whole hunks when counts differ.
  if (a.length !== b.length) {
    out.push(`@@ -1,${a.length} +1,${b.length} @@`, ...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`));
    return `${out.join('\n')}\n`;
  }
  a.forEach((line, i) => {
    if (line !== b[i]) out.push(`@@ -${i + 1} +${i + 1} @@`, `-${line}`, `+${b[i]}`);
  });
  return `${out.join('\n')}\n`;
}
