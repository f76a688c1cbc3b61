/** “61/KH-HĐTĐKT”: number and symbol as the document prints them. */
export function numberSymbol(m: { number: string | null; symbol: string | null }): string {
  if (m.number && m.symbol) return `${m.number}/${m.symbol}`;
  return m.number ?? m.symbol ?? '';
}
