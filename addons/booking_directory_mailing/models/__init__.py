from . import directory_segment
from . import mailing_list
from . import mailing_contact
from . import mailing_subscription
from . import mailing_mailing
from . import mailing_trace_report
