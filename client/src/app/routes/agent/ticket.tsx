import { useOutletContext, useParams } from 'react-router';
import type { Me } from '@/api/me';
import { TicketZoom } from '@/features/ticket-zoom/components/ticket-zoom';

export function TicketRoute() {
  const { ticketId } = useParams();
  const me = useOutletContext<Me>();
  return <TicketZoom key={ticketId} ticketId={ticketId!} meId={me.id!} />;
}
