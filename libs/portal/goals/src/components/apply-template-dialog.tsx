import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { GoalTemplateFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, mapFormErrors, useNow } from '@tandem/portal-ui';
import { useState } from 'react';
import { ApplyGoalTemplateDocument } from '../graphql/goal-templates.graphql';
import { GOALS_REFETCH, GoalsPeriodsDocument } from '../graphql/goals.graphql';
import { periodKindNoun, periodOptions, runningPeriod } from '../lib/periods';
import { describeApplication, type TemplateApplicationResult } from '../lib/template-form';

/** Applies a tier template to one period for every partner of the tier. */
export function ApplyTemplateDialog({
  opened,
  onClose,
  template,
  tierName,
}: {
  opened: boolean;
  onClose: () => void;
  template: GoalTemplateFieldsFragment | null;
  tierName: string;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={template ? `Apply ${template.name}` : 'Apply template'}
    >
      {opened && template && <ApplyForm template={template} tierName={tierName} onDone={onClose} />}
    </Modal>
  );
}

function ApplyForm({
  template,
  tierName,
  onDone,
}: {
  template: GoalTemplateFieldsFragment;
  tierName: string;
  onDone: () => void;
}) {
  const now = useNow(60_000);
  const periods = useQuery(GoalsPeriodsDocument, { variables: { kind: template.periodKind } });
  const list = periods.data?.periods ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const periodCode = chosen ?? runningPeriod(list, now)?.code ?? list[0]?.code ?? null;
  const [overwrite, setOverwrite] = useState(false);
  const [apply, { loading }] = useMutation(ApplyGoalTemplateDocument, {
    refetchQueries: GOALS_REFETCH,
  });
  const [error, setError] = useState<string | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const [result, setResult] = useState<TemplateApplicationResult | null>(null);
  const noun = periodKindNoun(template.periodKind);

  const submit = async () => {
    if (!periodCode) {
      setPeriodError(`Choose a ${noun}.`);
      return;
    }
    setError(null);
    setPeriodError(null);
    try {
      const { data } = await apply({
        variables: {
          input: { templateId: template.id, periodCode, overwriteAdjusted: overwrite },
        },
      });
      if (data) setResult(data.applyGoalTemplate);
    } catch (e) {
      const mapped = mapFormErrors(e, ['periodCode']);
      setPeriodError(mapped.fieldErrors.periodCode ?? null);
      setError(mapped.formError);
    }
  };

  if (result)
    return (
      <Stack>
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck size={18} />}
          title="Template applied"
          data-testid="apply-template-result"
        >
          {describeApplication(result)}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );

  return (
    <Stack>
      <Text size="sm">
        Sets {template.items.length} {template.items.length === 1 ? 'goal' : 'goals'} for every{' '}
        {tierName} partner you manage (suspended partners are left out) for the {noun} you choose.
        Goals the template set before are updated.
      </Text>
      <ErrorAlert message={error} title="Could not apply the template" />
      <Select
        label={noun.charAt(0).toUpperCase() + noun.slice(1)}
        data={periodOptions(list, now)}
        value={periodCode}
        onChange={setChosen}
        allowDeselect={false}
        placeholder={periods.loading ? 'Loading periods…' : `Choose a ${noun}`}
        error={periodError ?? (periods.error ? 'Could not load the periods.' : undefined)}
        data-testid="apply-template-period"
      />
      <Checkbox
        label="Also replace goals adjusted by hand"
        description="Otherwise a partner’s goal changed by hand since the template set it is kept."
        checked={overwrite}
        onChange={(e) => setOverwrite(e.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => void submit()} loading={loading} data-testid="apply-template-submit">
          Apply to {tierName} partners
        </Button>
      </Group>
    </Stack>
  );
}
