# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.cluster_role.tests.common import RoleCommon

# In the order an attacker asks them: hr reads the first two as superuser,
# which used to load the whole employee file for the fields after them.
PRIVATE = {
    "private_email": {},
    "private_lang": {},
    "private_street": {},
    "private_city": {},
    "private_phone": {},
    "employee_bank_account_id": {"fields": {"acc_number": {}}},
}


@tagged("post_install", "-at_install")
class TestPrivateDetailsFollowTheRole(RoleCommon):
    """HR officer in A, booker in B: a B employee's bank account and private
    details stay closed to her, whatever the path (bank accounts, users),
    while A's stay open."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.role_hr = cls.env.ref("cluster_role_hr.role_hr")
        cls.officer = cls._create_user_with_roles(
            "annaig_private",
            [(cls.role_hr, cls.company_a), (cls.role_booker, cls.company_b)],
        )
        cls.dancer_a = cls._employee("dancer_a_private", cls.company_a, "FR76A")
        cls.dancer_b = cls._employee("dancer_b_private", cls.company_b, "FR76B")

    @classmethod
    def _employee(cls, login, company, iban):
        user = cls._create_user_with_roles(login, [(cls.role_booker, company)])
        employee = cls.env["hr.employee"].create(
            {
                "name": login,
                "company_id": company.id,
                "user_id": user.id,
                "private_street": f"{login} street",
                "private_city": "Quimper",
                "private_email": f"{login}@home.example",
                "private_phone": "+33 2 98 00 00 00",
            }
        )
        employee.bank_account_id = cls.env["res.partner.bank"].create(
            {
                "acc_number": f"{iban} 1234 5678",
                "partner_id": employee.work_contact_id.id,
            }
        )
        return employee

    def test_employee_bank_accounts_open_only_where_she_is_an_officer(self):
        """Both ticked: A's employee IBAN reads, B's is neither found nor
        read."""
        env = self._tick(self.officer, self.company_a | self.company_b)
        found = env["res.partner.bank"].web_search_read(
            [("acc_number", "like", "FR76")], {"acc_number": {}}
        )["records"]
        self.assertEqual([r["acc_number"] for r in found], ["FR76A 1234 5678"])
        with self.assertRaises(AccessError):
            env["res.partner.bank"].browse(self.dancer_b.bank_account_id.id).web_read(
                {"acc_number": {}}
            )

    def test_users_private_details_follow_the_employee_file(self):
        """B current, A ticked: B's colleague's user shows no private detail;
        with A current, A's colleague's does."""
        env = self._tick(self.officer, self.company_b | self.company_a)
        user_b = env["res.users"].browse(self.dancer_b.user_id.id)
        for name in PRIVATE:
            env.invalidate_all()
            self.assertFalse(
                user_b.web_read({name: PRIVATE[name]})[0][name],
                f"B's {name} must not show",
            )
        # hr reads the presence and working hours as superuser: the employee
        # it finds that way must not serve the private fields after them.
        for public in ("hr_presence_state", "employee_resource_calendar_id"):
            env.invalidate_all()
            read = user_b.web_read({public: {}, "private_street": {}})[0]
            self.assertFalse(read["private_street"], f"leaked after {public}")
        env.invalidate_all()
        leaked = {name: value for name, value in user_b.web_read(PRIVATE)[0].items()}
        leaked.pop("id")
        self.assertFalse(any(leaked.values()), f"B's private details leak: {leaked}")
        env = self._tick(self.officer, self.company_a | self.company_b)
        user_a = env["res.users"].browse(self.dancer_a.user_id.id).web_read(PRIVATE)
        self.assertEqual(user_a[0]["private_email"], "dancer_a_private@home.example")
        self.assertEqual(user_a[0]["private_street"], "dancer_a_private street")

    def test_users_are_not_found_by_private_details_of_b(self):
        """Searching users on a private detail does not answer for B's
        colleagues."""
        env = self._tick(self.officer, self.company_b | self.company_a)
        found = env["res.users"].search([("private_email", "like", "@home.example")])
        self.assertNotIn(self.dancer_b.user_id, found)

    def test_own_private_details_stay_readable(self):
        """A colleague of B reads and edits her own private details on her
        profile, as in standard Odoo."""
        colleague = self.dancer_b.user_id
        env = self._tick(colleague, self.company_b)
        me = env["res.users"].browse(colleague.id).web_read({"private_email": {}})
        self.assertEqual(me[0]["private_email"], "dancer_b_private@home.example")
