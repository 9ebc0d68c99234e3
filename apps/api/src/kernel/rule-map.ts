import type { RuleFragment } from './rules';

/** Merges the modules' rule fragments; a type or field ruled twice is a programming error. */
export function buildRuleMap(fragments: RuleFragment[]): Record<string, any> {
  const map: Record<string, any> = {};
  for (const fragment of fragments) {
    for (const [type, rules] of Object.entries(fragment)) {
      const isFieldMap = (rules as object).constructor === Object;
      if (!isFieldMap) {
        if (map[type]) throw new Error(`shield: type ${type} ruled twice`);
        map[type] = rules;
        continue;
      }
      map[type] ??= {};
      if (map[type].constructor !== Object) throw new Error(`shield: type ${type} has a type rule and field rules`);
      for (const [field, r] of Object.entries(rules as Record<string, object>)) {
        if (map[type][field]) throw new Error(`shield: ${type}.${field} ruled twice`);
        map[type][field] = r;
      }
    }
  }
  return map;
}

