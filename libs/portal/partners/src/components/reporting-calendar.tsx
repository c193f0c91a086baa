import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { graphql } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError } from '@tandem/portal-ui';
import { useState } from 'react';

const AnalyticsCalendarDocument = graphql(`
  query AnalyticsCalendar {
    analyticsCalendar {
      fiscalYearStartMonth
      timeZone
      version
    }
  }
`);

const UpdateAnalyticsSettingsDocument = graphql(`
  mutation UpdateAnalyticsSettings($input: AnalyticsSettingsInput!) {
    updateAnalyticsSettings(input: $input) {
      fiscalYearStartMonth
      timeZone
      version
    }
  }
`);

const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: new Date(Date.UTC(2026, i, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }),
}));

/** The fiscal calendar goals and reports are cut by: the month the fiscal year starts in. */
export function ReportingCalendarSection() {
  const { data, error } = useQuery(AnalyticsCalendarDocument);
  const [save, { loading }] = useMutation(UpdateAnalyticsSettingsDocument);
  const [month, setMonth] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const calendar = data?.analyticsCalendar;
  const current = month ?? (calendar ? String(calendar.fiscalYearStartMonth) : null);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="reporting-calendar">
      <Stack gap="sm">
        <div>
          <Title order={4}>Reporting calendar</Title>
          <Text size="sm" c="dimmed">
            Quarters and years for goals and scorecards follow your fiscal year. A fiscal year is
            named after the year it ends in; periods start at midnight in{' '}
            {calendar?.timeZone ?? 'the vendor time zone'} (set under Deal registration).
          </Text>
        </div>
        <ErrorAlert error={error} />
        <ErrorAlert message={saveError} title="Could not change the fiscal year" />
        <Group align="flex-end">
          <Select
            label="Fiscal year starts in"
            data={MONTHS}
            value={current}
            onChange={setMonth}
            allowDeselect={false}
            w={220}
          />
          <Button
            loading={loading}
            disabled={!calendar || current === String(calendar.fiscalYearStartMonth)}
            onClick={async () => {
              if (!calendar || !current) return;
              setSaveError(null);
              try {
                await save({
                  variables: {
                    input: {
                      fiscalYearStartMonth: Number(current),
                      expectedVersion: calendar.version,
                    },
                  },
                });
                setMonth(null);
                notifications.show({ color: 'teal', message: 'Fiscal year start saved.' });
              } catch (e) {
                setSaveError(describeApiError(e).message);
              }
            }}
          >
            Save
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
