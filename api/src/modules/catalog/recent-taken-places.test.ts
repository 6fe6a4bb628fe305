import { RecentTakenPlaces } from './recent-taken-places';

/** The catalog's "places left" may be a few seconds old, never older. */
function counting(values: Record<string, number>) {
  const asked: string[][] = [];
  return {
    asked,
    takenPlaces: async (ids: string[]) => {
      asked.push(ids);
      return new Map(ids.filter((id) => id in values).map((id) => [id, values[id]!]));
    },
  };
}

it('asks once for sailings it has not seen, then answers from memory until the counts are too old', async () => {
  let now = 1_000;
  const source = counting({ a: 3, b: 7 });
  const places = new RecentTakenPlaces(source, 3_000, () => now);

  expect(await places.takenPlaces(['a', 'b', 'c'])).toEqual(new Map([['a', 3], ['b', 7], ['c', 0]]));
  now += 2_000;
  expect(await places.takenPlaces(['b', 'c'])).toEqual(new Map([['b', 7], ['c', 0]]));
  expect(source.asked).toEqual([['a', 'b', 'c']]);

  now += 1_500;
  expect(await places.takenPlaces(['a', 'd'])).toEqual(new Map([['a', 3], ['d', 0]]));
  expect(source.asked).toEqual([['a', 'b', 'c'], ['a', 'd']]);
});
