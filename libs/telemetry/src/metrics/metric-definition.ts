/** What a lib declares about one of its metrics; the platform creates and registers it. */
export interface MetricDefinition<L extends string = never> {
  kind: 'counter' | 'gauge' | 'histogram';
  /** Prefixed `groundwork_`; counters end in `_total`, durations in `_seconds`. */
  name: string;
  help: string;
  labelNames?: readonly L[];
  /**
   * Every value a label can take, so each series is exported (as 0) before its first event:
   * alerts on `increase()` see the first one, and label cardinality stays bounded by declaration.
   */
  labelValues?: { readonly [K in L]: readonly string[] };
}

export interface HistogramDefinition<L extends string = never> extends MetricDefinition<L> {
  kind: 'histogram';
  /** Upper bounds in the metric's unit (seconds for durations). */
  buckets: readonly number[];
}

/** Request and query durations: sub-millisecond reads up to the 30 s statement timeout. */
export const DURATION_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
] as const;

type Declared<D> = Omit<D, 'kind'>;

/** Declaration helpers that keep the label names as literal types. */
export const defineCounter = <L extends string = never>(
  definition: Declared<MetricDefinition<L>>,
): MetricDefinition<L> => ({
  ...definition,
  kind: 'counter',
});
export const defineGauge = <L extends string = never>(
  definition: Declared<MetricDefinition<L>>,
): MetricDefinition<L> => ({
  ...definition,
  kind: 'gauge',
});
export const defineHistogram = <L extends string = never>(
  definition: Declared<HistogramDefinition<L>>,
): HistogramDefinition<L> => ({ ...definition, kind: 'histogram' });

/** Any declared metric, as a feature lists them (`defineFeature({ metrics })`). */
export type AnyMetricDefinition = MetricDefinition<string> | HistogramDefinition<string>;

/** Every combination of the declared label values. */
export function labelCombinations<L extends string>(definition: MetricDefinition<L>): Record<L, string>[] {
  const values = definition.labelValues;
  if (values === undefined) {
    return [];
  }
  let combinations: Record<L, string>[] = [{} as Record<L, string>];
  for (const name of definition.labelNames ?? []) {
    combinations = combinations.flatMap((partial) => values[name].map((value) => ({ ...partial, [name]: value })));
  }
  return combinations;
}
