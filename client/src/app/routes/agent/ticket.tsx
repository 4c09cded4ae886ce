import { useParams } from 'react-router';
import { useMe } from '@/api/me';
import { TicketZoom } from '@/features/ticket-zoom/components/ticket-zoom';

export function TicketRoute() {
  const { ticketId } = useParams();
  const me = useMe().data;
  return <TicketZoom key={ticketId} ticketId={ticketId!} meId={me?.id ?? undefined} />;
}
