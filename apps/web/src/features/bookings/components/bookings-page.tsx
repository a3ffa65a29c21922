import { Button, SegmentedControl } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Booking } from '@plainstaff/contracts/bookings';
import { PageHeader } from '../../../components/ui/page-header';
import { BookingDialog } from './booking-dialog';
import { BookingList } from './booking-list';
import { mondayOf, today } from './week';
import { WeekView } from './week-view';

type View = 'week' | 'list';

export function BookingsPage() {
  const { t } = useTranslation('bookings');
  const [params, setParams] = useSearchParams();
  const view: View = params.get('ansicht') === 'liste' ? 'list' : 'week';
  const monday = mondayOf(params.get('woche') ?? today());
  const [dialog, setDialog] = useState<{ booking: Booking | null; date?: string } | null>(null);

  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      if (value === null) p.delete(key);
      else p.set(key, value);
      return p;
    });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <SegmentedControl
              aria-label={t('view.label')}
              value={view}
              onChange={(v) => setParam('ansicht', v === 'list' ? 'liste' : null)}
              data={[
                { value: 'week', label: t('view.week') },
                { value: 'list', label: t('view.list') },
              ]}
            />
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ booking: null })}>
              {t('new')}
            </Button>
          </>
        }
      />
      {view === 'week' ? (
        <WeekView
          monday={monday}
          onWeekChange={(m) => setParam('woche', m === mondayOf(today()) ? null : m)}
          onOpen={(booking) => setDialog({ booking })}
          onNew={(date) => setDialog({ booking: null, date })}
        />
      ) : (
        <BookingList onOpen={(booking) => setDialog({ booking })} />
      )}
      {dialog && (
        <BookingDialog booking={dialog.booking} date={dialog.date} opened onClose={() => setDialog(null)} />
      )}
    </>
  );
}
