import { Image } from '@mantine/core';

// The e2e suite takes these pictures of the running product and writes them here
// (e2e/help-screenshots.spec.ts); a test fails when an article names one that does not exist.
const files = import.meta.glob<string>('../screenshots/*.png', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** Screenshot name (file name without `.png`) → its URL in the build. */
export const screenshots: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [/([^/]+)\.png$/.exec(path)![1]!, url]),
);

/** A picture of the product in an article; `alt` says what it shows, for those who cannot see it. */
export function HelpScreenshot({ name, alt }: { name: string; alt: string }) {
  const src = screenshots[name];
  if (!src) return null;
  return (
    <Image
      src={src}
      alt={alt}
      radius="sm"
      loading="lazy"
      my="xs"
      style={{ border: '1px solid var(--mantine-color-gray-3)', maxWidth: '100%', width: 'auto' }}
    />
  );
}
