/** dd/MM/yyyy from YYYY-MM-DD. */
export const formatDay = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

export const STATUS_COLOR = {
  done: 'green',
  upcoming: 'blue',
  due: 'orange',
  overdue: 'red',
} as const;
