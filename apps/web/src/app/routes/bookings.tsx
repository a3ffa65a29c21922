export { BookingsPage as default } from '../../features/bookings/components/bookings-page';
