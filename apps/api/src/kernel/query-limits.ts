import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Lexer,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';
import { config } from './config';
import { queryCostRule } from './query-cost';

/** What a query is measured by; each has a limit in `config.graphqlLimits`. */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  tokens: number;
}
type Measured = Exclude<keyof QueryMeasure, 'tokens'>;
export type QueryLimits = typeof config.graphqlLimits;

const LIMIT_OF: Record<keyof QueryMeasure, keyof QueryLimits> = {
  depth: 'maxDepth',
  aliases: 'maxAliases',
  directives: 'maxDirectives',
  cost: 'maxCost',
  tokens: 'maxTokens',
};
const TOO_MUCH: Record<keyof QueryMeasure, string> = {
  depth: 'is too deep',
  aliases: 'has too many aliases',
  directives: 'has too many directives',
  cost: 'is too complex',
  tokens: 'is too long',
};
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "This query is too complex (cost 21,490, limit 20,000)". */
export function limitMessage(what: keyof QueryMeasure, found: number | null, limit: number): string {
  const amount = found === null ? `more than ${number.format(limit)} ${what}` : `${what} ${number.format(found)}, limit ${number.format(limit)}`;
  return `This query ${TOO_MUCH[what]} (${amount})`;
}

type Report = (context: ValidationContext, what: Measured, found: number) => void;

/**
 * graphql-armor measures depth, aliases and directives; `report` judges them, so every limit
 * reads the same and none says "Syntax Error" (armor's own rejection does). Armor's cost
 * rule is replaced by `queryCostRule` (it counts `__typename` and charges a nesting factor
 * per fragment spread) and its token plugin by graphql-js's `maxTokens` (the plugin parses in
 * `parsingDidStart`, which made every syntax error a 500).
 */
function armorWith(report: Report) {
  const measure = (what: Measured) => ({
    n: Infinity,
    propagateOnRejection: false,
    onAccept: [(context: ValidationContext | null, { n }: { n: number }) => report(context!, what, n)],
  });
  return new ApolloArmor({
    maxDepth: { ...measure('depth'), flattenFragments: true },
    maxAliases: measure('aliases'),
    maxDirectives: measure('directives'),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // Its mask misses enum values ("Did you mean the enum value …"); formatError drops every kind.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

function measuringRules(report: Report, maxPageSize: number) {
  const armor = armorWith(report);
  const costRule = queryCostRule(maxPageSize, (context, cost) => report(context, 'cost', cost));
  return { ...armor, validationRules: [...armor.validationRules, costRule] };
}

/** The Apollo Server options that enforce the limits (spread into its constructor). */
export function queryLimitOptions(limits: QueryLimits = config.graphqlLimits, maxPageSize = config.maxPageSize) {
  const judge: Report = (context, what, found) => {
    const limit = limits[LIMIT_OF[what]];
    if (found > limit) context.reportError(new GraphQLError(limitMessage(what, found, limit), { extensions: { code: 'BAD_USER_INPUT' } }));
  };
  return { ...measuringRules(judge, maxPageSize), parseOptions: { maxTokens: limits.maxTokens } };
}

/** graphql-js's own wording (16.x: "more that N tokens") when `parseOptions.maxTokens` stops the parser. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/** The clear message for a parse stopped by the token limit; null for any other syntax error. */
export function tokenLimitMessage(message: string, limits: QueryLimits = config.graphqlLimits): string | null {
  return TOKEN_LIMIT.test(message) ? limitMessage('tokens', null, limits.maxTokens) : null;
}

/** Lexical tokens as graphql-js counts them against `maxTokens` (comments excluded). */
export function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

/** Measures a query as the API does (its largest operation). Tests check headroom with it. */
export function measureQuery(query: string, schema: GraphQLSchema, maxPageSize = config.maxPageSize): QueryMeasure {
  const measure: QueryMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0, tokens: countTokens(query) };
  const record: Report = (_context, what, found) => {
    measure[what] = Math.max(measure[what], found);
  };
  const errors = validate(schema, parse(query), [...specifiedRules, ...measuringRules(record, maxPageSize).validationRules]);
  if (errors.length) throw new Error(`Not a valid query: ${errors[0].message}`);
  return measure;
}
