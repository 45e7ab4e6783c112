// Suggestions for the timezone field: one or more well-known zones per UTC offset, not all ~400 IANA
// names (that list alone added ~35 kB to every search page). Any IANA name or UTC offset may be typed.
export const COMMON_TIMEZONES = [
  "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver", "America/Chicago",
  "America/Mexico_City", "America/New_York", "America/Toronto", "America/Bogota", "America/Lima",
  "America/Halifax", "America/Santiago", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
  "Atlantic/Azores", "UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Africa/Lagos",
  "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Stockholm",
  "Africa/Johannesburg", "Africa/Cairo", "Europe/Athens", "Europe/Kyiv", "Europe/Istanbul", "Asia/Jerusalem",
  "Africa/Nairobi", "Asia/Riyadh", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu",
  "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh", "Asia/Singapore", "Asia/Shanghai",
  "Asia/Hong_Kong", "Asia/Taipei", "Asia/Manila", "Australia/Perth", "Asia/Seoul", "Asia/Tokyo",
  "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney", "Pacific/Auckland",
] as const;
