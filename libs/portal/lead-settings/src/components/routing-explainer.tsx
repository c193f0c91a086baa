import { List, Paper, Text, Title } from '@mantine/core';
import { DEFAULT_SLA } from '../lib/sla-policies';

/** Routing in plain words, next to the rules it explains. */
export function RoutingExplainer() {
  return (
    <Paper withBorder p="md" radius="md" data-testid="routing-explainer">
      <Title order={5} mb="xs">
        How a vendor lead finds its partner
      </Title>
      <List type="ordered" size="sm" spacing={6}>
        <List.Item>
          Rules are tried from the top down; switched-off rules are skipped. A rule takes a lead
          when the lead’s country, persona and priority match — an empty condition matches every
          lead.
        </List.Item>
        <List.Item>
          The rule then keeps only the partners that pass its filters: in the lead’s own country, in
          the chosen regions, of the chosen tiers, specialised in the lead’s persona (the persona is
          one of the partner’s specialisations), and with fewer unanswered offers than the capacity
          limit. Partners that already declined or missed this lead are left out.
        </List.Item>
        <List.Item>
          Each remaining partner gets a score: the tier weight × its tier rank ÷ the highest rank,
          plus the conversion weight × the share of its leads that became opportunities, plus the
          SLA weight × the share of offers it answered in time, plus the capacity weight × 1 ÷ (1 +
          its open offers). Weights run from 0 to 10. The highest score gets the offer.
        </List.Item>
        <List.Item>
          The first rule that finds a partner wins. When no rule finds one, the lead waits in the
          manual queue, where a channel manager assigns it by hand.
        </List.Item>
      </List>
    </Paper>
  );
}

/** How the SLA clocks run, above the policies that set them. */
export function SlaExplainer() {
  return (
    <Text size="sm" c="dimmed">
      Clocks count business hours only: each partner’s own working days and hours, in its time zone.
      The most specific policy wins — one that names the lead’s priority first, then one that names
      the partner’s tier. When none matches, a partner has {DEFAULT_SLA.acceptHours} business hours
      to accept and {DEFAULT_SLA.contactHours} to make first contact, and is reminded when{' '}
      {DEFAULT_SLA.reminderPercent}% of either time has passed.
    </Text>
  );
}
