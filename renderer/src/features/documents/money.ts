/** Whole đồng with the Vietnamese thousands separator: 3795000 → "3.795.000". */
export function formatDong(value: number): string {
  const digits = String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${digits}` : digits;
}
