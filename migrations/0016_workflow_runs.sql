-- Work that spans modules and cannot be one transaction (a gateway refund, a cancelled sailing's
-- hundreds of refunds) runs as a workflow of named steps. Each step commits together with this
-- row's progress, so a crash between steps leaves a record to resume (or compensate) from.

CREATE TABLE workflow_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workflow text NOT NULL,
  -- The business id the run is for (an order, a sailing): one run per workflow and key, so a
  -- retried request resumes the run instead of starting a second one.
  business_key text NOT NULL,
  state jsonb NOT NULL,
  -- The index of the next step to run; equal to the step count once done.
  next_step integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'compensated', 'failed')),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workflow, business_key)
);

-- Start-up resumes what a crash left running.
CREATE INDEX workflow_run_unfinished ON workflow_run (workflow) WHERE status = 'running';
