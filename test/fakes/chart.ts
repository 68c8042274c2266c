// EmbeddedChartBuilder and EmbeddedChart stand-ins: the chart keeps its type, ranges, position and options.
import type { FakeRange } from './range.js';

export interface FakeChart {
  type: string;
  ranges: FakeRange[];
  position: { row: number; col: number } | null;
  options: Record<string, unknown>;
}

export class FakeChartBuilder {
  private chart: FakeChart = { type: 'COLUMN', ranges: [], position: null, options: {} };
  setChartType(type: string): FakeChartBuilder {
    if (typeof type !== 'string') throw new Error('Exception: Invalid argument: type');
    this.chart.type = type;
    return this;
  }
  addRange(range: FakeRange): FakeChartBuilder {
    this.chart.ranges.push(range);
    return this;
  }
  setPosition(row: number, col: number, _offsetX: number, _offsetY: number): FakeChartBuilder {
    this.chart.position = { row, col };
    return this;
  }
  setOption(name: string, value: unknown): FakeChartBuilder {
    this.chart.options[name] = value;
    return this;
  }
  setNumHeaders(n: number): FakeChartBuilder {
    this.chart.options.numHeaders = n;
    return this;
  }
  build(): FakeChart {
    if (this.chart.ranges.length === 0) throw new Error('Exception: The chart has no data ranges.');
    return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } };
  }
}
