/** Quotes one CSV field per RFC 4180: fields with a comma, quote or line break go in double quotes. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into CSV text with CRLF line ends, as RFC 4180 writes them. */
export function toCsv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
