import { useMediaQuery } from '@mantine/hooks';

/** Dialogs take the whole screen on phones so long forms stay usable. */
export function useFullScreenModal(): boolean {
  return useMediaQuery('(max-width: 36em)') ?? false;
}
