import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

/** A CSV download: a plain link, so the browser's own download (and "copy link") works. */
export function CsvButton({
  href,
  label = 'Download CSV',
  testId,
}: {
  href: string | null;
  label?: string;
  testId?: string;
}) {
  if (!href) return null;
  return (
    <Button
      component="a"
      href={href}
      download
      variant="default"
      size="sm"
      leftSection={<IconDownload size={16} />}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
