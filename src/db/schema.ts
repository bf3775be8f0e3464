/** The typed shape of the database: each module declares its own tables, composed here. */
import type { ComplaintsTables } from '../modules/complaints/complaints.tables.js';
import type { OpendataTables } from '../modules/opendata/opendata.tables.js';
import type { OrgTables } from '../modules/org/org.tables.js';
import type { PerformanceTables } from '../modules/performance/performance.tables.js';
import type { SmartcityTables } from '../modules/smartcity/smartcity.tables.js';
import type { SpbeTables } from '../modules/spbe/spbe.tables.js';
import type { CalendarTables } from '../platform/calendar/calendar.tables.js';
import type { PlatformTables } from '../platform/platform.tables.js';

export interface Database extends PlatformTables, CalendarTables, OrgTables, ComplaintsTables, PerformanceTables, OpendataTables, SpbeTables, SmartcityTables {}
