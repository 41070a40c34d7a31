// Every bench row carries its goal: these build the row and judge it in one place.
import type { BenchFigure } from './extract.bench';

const fmt = (n: number) => n.toLocaleString('en-US');

/** A figure that should stay under `max` (a time, a size). */
export const atMost = (figure: string, value: number, unit: string, max: number): BenchFigure => ({
  figure,
  value,
  unit,
  goal: `< ${fmt(max)} ${unit}`,
  pass: value < max,
});

/** A figure that should reach `min` (a throughput). */
export const atLeast = (figure: string, value: number, unit: string, min: number): BenchFigure => ({
  figure,
  value,
  unit,
  goal: `≥ ${fmt(min)} ${unit}`,
  pass: value >= min,
});
