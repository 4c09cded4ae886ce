import { createBrowserRouter, Navigate } from 'react-router';
import { RouteError } from '@/app/route-error';

/** Fixed, shareable URLs; each area is its own chunk. */
export const router = createBrowserRouter([
  { path: '/', element: <Navigate to="/agent" replace /> },
  { path: '/login', lazy: () => import('@/app/routes/login').then((m) => ({ Component: m.LoginPage })) },
  {
    path: '/agent',
    errorElement: <RouteError />,
    lazy: () => import('@/app/routes/agent/layout').then((m) => ({ Component: m.AgentLayout })),
    children: [
      {
        index: true,
        lazy: () => import('@/app/routes/agent/dashboard').then((m) => ({ Component: m.DashboardRoute })),
      },
      {
        path: 'queues',
        lazy: () => import('@/app/routes/agent/queue').then((m) => ({ Component: m.FirstQueueRoute })),
      },
      {
        path: 'queues/:queueId',
        lazy: () => import('@/app/routes/agent/queue').then((m) => ({ Component: m.QueueRoute })),
      },
      {
        path: 'tickets/new',
        lazy: () => import('@/app/routes/agent/new-ticket').then((m) => ({ Component: m.NewTicketRoute })),
      },
      {
        path: 'tickets/:ticketId',
        lazy: () => import('@/app/routes/agent/ticket').then((m) => ({ Component: m.TicketRoute })),
      },
      {
        path: 'search',
        lazy: () => import('@/app/routes/agent/search').then((m) => ({ Component: m.SearchRoute })),
      },
    ],
  },
  {
    path: '/customer/*',
    lazy: () => import('@/app/routes/customer/customer-area').then((m) => ({ Component: m.CustomerArea })),
  },
  {
    path: '/admin/*',
    lazy: () => import('@/app/routes/admin/admin-area').then((m) => ({ Component: m.AdminArea })),
  },
  { path: '*', lazy: () => import('@/app/not-found').then((m) => ({ Component: m.NotFound })) },
]);
