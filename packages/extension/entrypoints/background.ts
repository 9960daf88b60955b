import { serveCardActions } from '../src/background/card-actions';
import { serveChecks } from '../src/background/check-service';
import { followPermissions } from '../src/background/site-access';

export default defineBackground(() => {
  serveChecks();
  serveCardActions();
  followPermissions();
});
