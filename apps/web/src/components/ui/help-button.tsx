import { ActionIcon, Tooltip, type ActionIconProps } from '@mantine/core';
import { IconHelp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenHelp, type HelpTopic } from '../../lib/help';

/**
 * The "?" of a page or dialog: opens the matching help article beside the work, so nothing typed is
 * lost. Without the app's help drawer (a component test) it is a link to the help page. `about` names
 * the subject when a page has more than one "?" ("Hilfe: Rundungsdifferenz"), so each has its own name.
 */
export function HelpButton({
  topic,
  about,
  size = 'lg',
}: {
  topic: HelpTopic;
  about?: string;
  size?: ActionIconProps['size'];
}) {
  const { t } = useTranslation();
  const openHelp = useOpenHelp();
  const label = about ? t('help.about', { subject: about }) : t('help.onThisTopic');
  const common = { variant: 'subtle', color: 'gray', size, 'aria-label': label } as const;
  return (
    <Tooltip label={label} withinPortal>
      {openHelp ? (
        <ActionIcon {...common} aria-haspopup="dialog" onClick={() => openHelp(topic)}>
          <IconHelp size={20} stroke={1.7} />
        </ActionIcon>
      ) : (
        <ActionIcon {...common} component={Link} to={`/hilfe/${topic}`}>
          <IconHelp size={20} stroke={1.7} />
        </ActionIcon>
      )}
    </Tooltip>
  );
}
