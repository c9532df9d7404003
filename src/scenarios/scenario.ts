/** Any list item of a scenario may say `count: N` to stand for N copies (each copy gets its own fakes). */
export type Counted = { count?: number };

/** What to do when the entity named by a scenario exists already: fail (default) or reuse it. */
export type IfExists = 'fail' | 'reuse';

/** One parameter a scenario declares (`{name}` placeholders take its value). */
export type ScenarioParameter = {
  description?: string;
  type?: 'string' | 'integer' | 'number' | 'boolean';
  default: string | number | boolean;
};

/** Each API's part of a scenario, by API name (its shape is the API plug-in's `scenarios.schema`). */
export type ScenarioEntities = Record<string, unknown>;

/**
 * A QA scenario as written in `data/scenarios/NAME.yaml`: a named, parametric world.
 * Strings may hold `{param}` placeholders; a string that is exactly `{param}` takes the parameter's type.
 */
export type Scenario = ScenarioEntities & {
  name: string;
  description: string;
  /**
   * The instant the world's clock is pinned to while the scenario loads (default `2026-01-01T12:00:00-03:00`); when
   * given, the sandbox clock then runs from it.
   */
  clock?: string;
  parameters?: Record<string, ScenarioParameter>;
};

/** A scenario read from a file: the raw document (placeholders kept) and where it came from. */
export type LoadedScenario = { file: string; raw: Scenario; scenario: Scenario };

export const DEFAULT_SCENARIO_CLOCK = '2026-01-01T12:00:00-03:00';
