import { createIdGenerator } from '../src/ids';

test('ids sort in creation order, within one millisecond and across a clock that stands still or goes back', () => {
  let now = 1_800_000_000_000;
  const next = createIdGenerator(() => now);
  const ids: string[] = [];
  for (let index = 0; index < 1000; index += 1) ids.push(next('x_'));
  now -= 5000;
  for (let index = 0; index < 10; index += 1) ids.push(next('x_'));
  now += 10_000;
  ids.push(next('x_'));
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids[0]).toMatch(/^x_[0-9a-f]{24}$/);
});
