/**
 * Small layout tables — at most 2 cells a row and 4 rows: the header block (issuer | national motto,
 * number | place and date) and the signature block (recipients | signer) — are read column by column,
 * the way a reader's eye takes them, so that "ỦY BAN NHÂN DÂN / XÃ … / Số: …" come before
 * "CỘNG HÒA … / Độc lập … / date line". Larger tables are read row by row. Shared by the .docx and .html readers.
 */
const LAYOUT_TABLE = { maxCells: 2, maxRows: 4 } as const;

export function isLayoutTable(maxCellsInRow: number, rows: number): boolean {
  return maxCellsInRow <= LAYOUT_TABLE.maxCells && rows <= LAYOUT_TABLE.maxRows;
}

/** Stable reorder of a table's items by (cell, row): the left column first, then the right one. */
export function columnByColumn<T>(
  items: readonly T[],
  cellOf: (item: T) => { row: number; cell: number } | undefined,
): T[] {
  const key = (item: T): [number, number] => {
    const at = cellOf(item);
    return [at?.cell ?? 0, at?.row ?? 0];
  };
  return [...items].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}
