# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import models


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _action_done(self, feedback=False, attachment_ids=None):
        """A follow-up reminder marked done (from the activity menu or the
        chatter) marks its interaction followed up, so that it leaves *To
        Follow Up*; the other way round is DirectoryInteraction.write."""
        if self.env.context.get("directory_followup_done"):
            return super()._action_done(
                feedback=feedback, attachment_ids=attachment_ids
            )
        todo = self.env.ref("mail.mail_activity_data_todo")
        interactions = self.env["directory.interaction"].browse(
            activity.res_id
            for activity in self
            if activity.res_model == "directory.interaction"
            and activity.activity_type_id == todo
        )
        result = super()._action_done(feedback=feedback, attachment_ids=attachment_ids)
        # An assignee may mark done a reminder of a record she no longer
        # writes (Odoo allows it): that interaction stays as it is
        pending = (
            interactions.exists()
            ._filtered_access("write")
            .filtered(lambda i: i.followup_date and not i.followup_done)
        )
        pending.write({"followup_done": True})
        return result
