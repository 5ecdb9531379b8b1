/**
 * The initiatives that should move the target whose id is `targetId` (an SQL expression),
 * counted by health as JSON: `{ green, amber, red, none }` (`none`: not assessed).
 */
export function linkedHealthSql(targetId: string): string {
  return `(SELECT json_build_object(
             'green', count(*) FILTER (WHERE i.health = 'green'),
             'amber', count(*) FILTER (WHERE i.health = 'amber'),
             'red', count(*) FILTER (WHERE i.health = 'red'),
             'none', count(*) FILTER (WHERE i.health IS NULL))
             FROM initiative_targets l JOIN initiatives i ON i.id = l.initiative_id
            WHERE l.target_id = ${targetId})`;
}
