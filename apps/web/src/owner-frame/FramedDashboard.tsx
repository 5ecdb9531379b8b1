import { Dashboard } from '../dashboard/Dashboard';

/**
 * The dashboard in the owner's frame, on a phone-narrow screen (boot/framedPage.ts): a
 * chunk of its own, which the entry asks for as soon as it knows the page.
 */
export const FramedDashboard = () => <Dashboard />;
