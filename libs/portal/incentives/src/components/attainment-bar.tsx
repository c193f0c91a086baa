import { Box, Progress, Text } from '@mantine/core';
import { attainmentLabel, attainmentScale } from '../lib/earnings-display';

const TONE_COLORS = { below: 'orange', paying: 'teal', target: 'green' } as const;

/**
 * Attainment on a bar from 0 to the cap, with ticks at the threshold (pays from here), 100% and
 * the cap (pays no more from here).
 */
export function AttainmentBar({
  attainment,
  thresholdPercent,
  capPercent,
}: {
  attainment: number;
  thresholdPercent: number;
  capPercent: number;
}) {
  const rule = { thresholdPercent, capPercent };
  const scale = attainmentScale(attainment, rule);
  return (
    <Box data-testid="attainment-bar">
      <Box pos="relative">
        <Progress
          value={scale.value}
          color={TONE_COLORS[scale.tone]}
          size="lg"
          radius="xl"
          aria-label={attainmentLabel(attainment, rule)}
        />
        {scale.markers.map((m) => (
          <Box
            key={m.key}
            aria-hidden
            pos="absolute"
            top={-3}
            bottom={-3}
            w={2}
            bg="dark.3"
            style={{ left: `calc(${m.position}% - 1px)` }}
          />
        ))}
      </Box>
      <Box pos="relative" h={18} mt={4} aria-hidden>
        {scale.markers.map((m) => (
          <Text
            key={m.key}
            size="xs"
            c="dimmed"
            pos="absolute"
            style={{
              left: `${m.position}%`,
              transform: m.position >= 100 ? 'translateX(-100%)' : 'translateX(-50%)',
              whiteSpace: 'nowrap',
            }}
          >
            {m.label}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
