import { takeViolations } from './contract';

// Every response a test received must match openapi/openapi.json.
afterEach(() => {
  expect(takeViolations()).toEqual([]);
});
