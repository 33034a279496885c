# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""A worked example per deal type, computed by hand in each docstring and
checked to the cent against the engine (no database).

Sources of the rules and rates the examples use:

- Ticket VAT: 5.5 % on entries to theatres, concerts, circus and variety
  (CGI art. 278-0 bis F) and 2.1 % on the first 140 performances of a newly
  created work (CGI art. 281 quater), as BOFiP BOI-TVA-LIQ-30-20-40 sums
  them up.
- Performance tax: 3.5 % of the ticket receipts excluding VAT, declared by
  the organiser holding the box office (CNM, "Taxe", cnm.fr/taxe; CIBS
  art. L. 452-14 to L. 452-27, formerly art. 76 of the loi de finances
  rectificative 2003); the ASTP levies the same 3.5 % on theatre. In a
  coréalisation one partner declares and pays, the other reimburses its part
  (CNM, fiche pratique "La taxe fiscale sur les spectacles de variétés").
- Authors' rights: SACD, at least 12 % of the receipts or of the sale price
  excluding VAT for Paris (sacd.fr, "Producteur de spectacles : régler des
  droits"); the party holding the authorisation pays, and may delegate to
  its coréalisateur (sacd.fr, "Contrat de coréalisation et de
  coproduction"). SACEM charges "a percentage of receipts or of expenses
  depending on the show" (clients.sacem.fr, "Salle de concert et de
  spectacle"): the 8.8 % below is an assumed contract rate, configurable.
- Deal types: contrat de cession (fixed price, the organiser keeps the box
  office), coréalisation (receipts split by percentage, with a minimum
  guaranteed to the producer or to the venue) and coproduction as described
  by the SACD page above, ARTCENA's "ARTCENA Juridique: contrat de
  coréalisation" and La Fabrique de la Danse, "Contrat de coréalisation,
  contrat de cession : quelle différence ?"; cession étendue and location as
  in BRIEF.md §3.
- International deals: "a guarantee of $5,000 vs 60% of the gross ... gross
  $10,000 ... $6,000" (Jeff Roberts, "What does a versus gross deal
  mean?", jeffroberts.com); "$2000 Guarantee vs 65% of gross and the show
  makes $7500 after taxes, artist would take home $4875", guarantee plus
  percentage with the promoter's profit "typically 15 %" (Joe Patti,
  "Common Deal Structures For Touring Groups", artshacker.com, after Chris
  Goyzueta); the door deal "85% of NBOR after $350.00 for expenses and state
  sales tax" (Chris Goyzueta, "Promoter and Artist Deals and Settlements",
  makingitwithchrisg.com/blog/deals).

VAT on the components a producer invoices (fee, share, top-up, costs) is
5.5 % in the French examples (the sale of a show follows its tickets' rate;
costs invoiced with it follow the fee), 20 % on rent; the examples abroad
carry no French VAT. Those are the examples' settings: the ORM takes each
company's own taxes.
"""

from decimal import Decimal as D

from odoo.tests import BaseCase, tagged

from ..lib import settlement as s

FRENCH_VAT = {
    s.FEE: D("5.5"),
    s.SHARE: D("5.5"),
    s.TOPUP: D("5.5"),
    s.COSTS: D("5.5"),
    s.RENT: D(20),
}
NO_VAT = dict.fromkeys(s.COMPONENTS, D(0))
CNM = s.Levy("CNM", D("3.5"))
ASTP = s.Levy("ASTP", D("3.5"))


def band(name, price, sold, free=0, vat=s.TICKET_VAT):
    return s.PriceBand(name, D(price), sold, free, D(vat))


@tagged("post_install", "-at_install")
class TestSettlementExamples(BaseCase):
    def test_cession_fee_costs_and_deposit(self):
        """Contrat de cession, 2 shows at 3,000.00 excl. VAT, costs 850.40,
        30 % deposit; the organiser keeps its 300 tickets at 18.00.

        Fee 2 x 3,000.00 = 6,000.00, VAT 5.5 % = 330.00.
        Costs 850.40, VAT 46.772 -> 46.77.
        Deposit 30 % x 6,000.00 = 1,800.00, VAT 99.00.
        Balance 6,000.00 + 330.00 + 850.40 + 46.77 - 1,800.00 - 99.00
        = 5,328.17.
        Box office (the organiser's): 5,400.00 / 1.055 = 5,118.4834 ->
        5,118.48, VAT 281.52; CNM 3.5 % = 179.1468 -> 179.15; net 4,939.33,
        all the organiser's."""
        terms = s.Terms(
            s.CESSION,
            shows=2,
            fee=D(3000),
            costs=D("850.40"),
            deposit_percent=D(30),
            levies=(CNM,),
        )
        result = s.settle(terms, [band("Plein", "18", 300)], FRENCH_VAT)
        self.assertEqual(result.components[s.FEE], D("6000.00"))
        self.assertEqual(result.vat[s.FEE], D("330.00"))
        self.assertEqual(result.vat[s.COSTS], D("46.77"))
        self.assertEqual(
            (result.deposit, result.deposit_vat), (D("1800.00"), D("99.00"))
        )
        self.assertEqual(result.balance, D("5328.17"))
        self.assertEqual(result.receipts, D("5118.48"))
        self.assertEqual(result.ticket_vat, D("281.52"))
        self.assertEqual(result.levies, {"CNM": D("179.15")})
        self.assertEqual(result.organiser_share, D("4939.33"))
        self.assertEqual(result.producer_total, D("6000.00"))

    def test_cession_etendue_share_above_threshold(self):
        """Cession étendue (theatre), fee 2,500.00 plus 50 % of the net
        receipts above 4,000.00; ASTP 3.5 % and SACD 12 % paid by the
        organiser and deducted.

        Plein 420 x 25.00 = 10,500.00 -> 9,952.606 -> 9,952.61 (VAT 547.39);
        réduit 180 x 15.00 = 2,700.00 -> 2,559.242 -> 2,559.24 (VAT 140.76);
        receipts 12,511.85. ASTP 437.915 -> 437.91 (half up on 437.91475);
        SACD 1,501.422 -> 1,501.42. Net 12,511.85 - 437.91 - 1,501.42
        = 10,572.52. Above the threshold 6,572.52 x 50 % = 3,286.26, the
        organiser keeps 7,286.26.
        VAT: fee 137.50; share 3,286.26 x 5.5 % = 180.744 -> 180.74.
        Balance 2,500.00 + 137.50 + 3,286.26 + 180.74 = 6,104.50."""
        terms = s.Terms(
            s.CESSION_ETENDUE,
            fee=D(2500),
            producer_percent=D(50),
            threshold=D(4000),
            levies=(ASTP, s.Levy("SACD", D(12))),
        )
        bands = [band("Plein", "25", 420, 20), band("Réduit", "15", 180)]
        result = s.settle(terms, bands, FRENCH_VAT)
        self.assertEqual(result.receipts, D("12511.85"))
        self.assertEqual(result.ticket_vat, D("688.15"))
        self.assertEqual(result.levies, {"ASTP": D("437.91"), "SACD": D("1501.42")})
        self.assertEqual(result.net_receipts, D("10572.52"))
        self.assertEqual(result.producer_share, D("3286.26"))
        self.assertEqual(result.organiser_share, D("7286.26"))
        self.assertEqual(result.vat[s.SHARE], D("180.74"))
        self.assertEqual(result.balance, D("6104.50"))
        self.assertEqual(result.free_tickets, 20)

    def test_cession_etendue_per_ticket(self):
        """Cession étendue per ticket: fee 1,000.00 plus 2.00 per paying
        ticket beyond 100: 250 sold -> 150 x 2.00 = 300.00."""
        terms = s.Terms(
            s.CESSION_ETENDUE, fee=D(1000), per_ticket=D(2), threshold_tickets=100
        )
        result = s.settle(terms, [band("Plein", "10", 250)], FRENCH_VAT)
        self.assertEqual(result.producer_share, D("300.00"))
        self.assertEqual(result.producer_total, D("1300.00"))

    def test_corealisation_minimum_to_producer(self):
        """Coréalisation of a new creation (performances 1 and 2: tickets at
        2.1 %), 60 % to the producer above 1,000.00 per show the venue keeps
        first, 3,000.00 per show guaranteed to the producer; ASTP paid by the
        organiser, SACD 12 % declared and paid by the producer, both
        deducted.

        Plein 150 x 20.00 = 3,000.00 / 1.021 = 2,938.2958 -> 2,938.30
        (VAT 61.70); réduit 100 x 12.00 = 1,200.00 / 1.021 = 1,175.3183 ->
        1,175.32 (VAT 24.68); receipts 4,113.62.
        ASTP 143.9767 -> 143.98; SACD 493.6344 -> 493.63; net 3,476.01.
        Above 2 x 1,000.00: 1,476.01 x 60 % = 885.606 -> 885.61; the
        organiser's share 2,590.40. Minimum 2 x 3,000.00 = 6,000.00:
        top-up 5,114.39, the organiser's total 2,590.40 - 5,114.39
        = -2,523.99.
        The organiser, holding the box office, hands the SACD 493.63 over.
        VAT: share 48.70855 -> 48.71, top-up 281.29145 -> 281.29.
        Balance 885.61 + 48.71 + 5,114.39 + 281.29 + 493.63 = 6,823.63."""
        creation = s.ticket_vat_rate(1, new_creation=True)
        terms = s.Terms(
            s.COREALISATION,
            shows=2,
            producer_percent=D(60),
            threshold=D(1000),
            minimum=D(3000),
            levies=(ASTP, s.Levy("SACD", D(12), s.PRODUCER)),
        )
        bands = [
            band("Plein", "20", 150, 10, creation),
            band("Réduit", "12", 100, 0, creation),
        ]
        result = s.settle(terms, bands, FRENCH_VAT)
        self.assertEqual(result.receipts, D("4113.62"))
        self.assertEqual(result.ticket_vat, D("86.38"))
        self.assertEqual(result.net_receipts, D("3476.01"))
        self.assertEqual(result.producer_share, D("885.61"))
        self.assertEqual(result.organiser_share, D("2590.40"))
        self.assertEqual((result.topup, result.topup_to), (D("5114.39"), s.PRODUCER))
        self.assertEqual(result.producer_total, D("6000.00"))
        self.assertEqual(result.organiser_total, D("-2523.99"))
        self.assertEqual(result.levy_transfer, D("493.63"))
        self.assertEqual(
            (result.vat[s.SHARE], result.vat[s.TOPUP]), (D("48.71"), D("281.29"))
        )
        self.assertEqual(result.balance, D("6823.63"))

    def test_corealisation_minimum_to_venue(self):
        """Coréalisation (concert), 70 % to the producer, 1,500.00
        guaranteed to the venue; CNM deducted, SACEM 8.8 % paid by the
        organiser out of its own share (not deducted).

        200 x 15.00 = 3,000.00 / 1.055 = 2,843.6019 -> 2,843.60 (VAT
        156.40). CNM 99.526 -> 99.53; SACEM 250.2368 -> 250.24, not
        deducted. Net 2,744.07; producer 70 % = 1,920.849 -> 1,920.85,
        organiser 823.22, below its 1,500.00: the producer tops up 676.78.
        Producer's total 1,920.85 - 676.78 = 1,244.07.
        VAT: share 105.64675 -> 105.65; top-up -37.2229 -> -37.22.
        Balance 1,920.85 + 105.65 - 676.78 - 37.22 = 1,312.50."""
        terms = s.Terms(
            s.COREALISATION,
            producer_percent=D(70),
            minimum=D(1500),
            minimum_to=s.ORGANISER,
            levies=(CNM, s.Levy("SACEM", D("8.8"), deducted=False)),
        )
        result = s.settle(terms, [band("Unique", "15", 200)], FRENCH_VAT)
        self.assertEqual(result.levies, {"CNM": D("99.53"), "SACEM": D("250.24")})
        self.assertEqual(result.net_receipts, D("2744.07"))
        self.assertEqual(result.producer_share, D("1920.85"))
        self.assertEqual((result.topup, result.topup_to), (D("676.78"), s.ORGANISER))
        self.assertEqual(result.producer_total, D("1244.07"))
        self.assertEqual(result.organiser_total, D("1500.00"))
        self.assertEqual(result.vat[s.TOPUP], D("-37.22"))
        self.assertEqual(result.balance, D("1312.50"))

    def test_coproduction_result_and_contributions(self):
        """Coproduction, 4 shows, budget 20,000.00 financed 12,000.00 by
        the producer and 8,000.00 by the organiser, result shared 60/40.

        1,000 x 22.00 = 22,000.00 / 1.055 = 20,853.0806 -> 20,853.08;
        ASTP 729.8578 -> 729.86; net 20,123.22; result 123.22; producer
        60 % = 73.932 -> 73.93, organiser 49.29.
        The common account pays the producer its contribution and its share:
        12,000.00 + 73.93 + VAT 4.066 -> 4.07 = 12,078.00."""
        terms = s.Terms(
            s.COPRODUCTION,
            shows=4,
            producer_percent=D(60),
            budget=D(20000),
            producer_contribution=D(12000),
            organiser_contribution=D(8000),
            levies=(ASTP,),
        )
        result = s.settle(terms, [band("Plein", "22", 1000)], FRENCH_VAT)
        self.assertEqual(result.net_receipts, D("20123.22"))
        self.assertEqual(result.pool, D("123.22"))
        self.assertEqual(
            (result.producer_share, result.organiser_share), (D("73.93"), D("49.29"))
        )
        self.assertEqual(result.balance, D("12078.00"))

    def test_location_producer_keeps_receipts_and_pays_rent(self):
        """Location: the producer rents the venue 1,800.00 (VAT 20 %) and
        keeps the box office; it declares and pays the CNM.

        250 x 16.00 = 4,000.00 / 1.055 = 3,791.4692 -> 3,791.47; CNM
        132.70145 -> 132.70; net 3,658.77, all the producer's; total
        3,658.77 - 1,800.00 = 1,858.77. The producer owes the rent and its
        VAT: balance -(1,800.00 + 360.00) = -2,160.00."""
        terms = s.Terms(
            s.LOCATION, rent=D(1800), levies=(s.Levy("CNM", D("3.5"), s.PRODUCER),)
        )
        result = s.settle(terms, [band("Plein", "16", 250)], FRENCH_VAT)
        self.assertEqual(result.net_receipts, D("3658.77"))
        self.assertEqual(result.producer_share, D("3658.77"))
        self.assertEqual(result.producer_total, D("1858.77"))
        self.assertEqual(result.levy_transfer, D("0.00"))
        self.assertEqual(result.balance, D("-2160.00"))

    def test_international_flat_guarantee_with_deposit(self):
        """Flat guarantee abroad: 5,000.00, 50 % deposit; whatever the box
        office, 2,500.00 is left to pay."""
        terms = s.Terms(s.FLAT, fee=D(5000), deposit_percent=D(50))
        result = s.settle(terms, [band("GA", "25", 400, vat=0)], NO_VAT)
        self.assertEqual(result.producer_total, D("5000.00"))
        self.assertEqual(result.deposit, D("2500.00"))
        self.assertEqual(result.balance, D("2500.00"))

    def test_international_versus_percentage(self):
        """Guarantee versus percentage, Jeff Roberts' example: 5,000 vs
        60 % of a 10,000 gross = 6,000, 1,000 above the guarantee; below
        (6,000 gross: 3,600) the guarantee is topped up by 1,400. Joe
        Patti's: 2,000 vs 65 % of 7,500 = 4,875."""
        terms = s.Terms(s.VERSUS, minimum=D(5000), producer_percent=D(60))
        result = s.settle(terms, [band("GA", "25", 400, vat=0)], NO_VAT)
        self.assertEqual((result.producer_share, result.topup), (D("6000.00"), D(0)))
        self.assertEqual(result.producer_total - D(5000), D("1000.00"))
        self.assertEqual(result.organiser_share, D("4000.00"))
        result = s.settle(terms, [band("GA", "25", 240, vat=0)], NO_VAT)
        self.assertEqual(
            (result.producer_share, result.topup), (D("3600.00"), D("1400.00"))
        )
        self.assertEqual(result.producer_total, D("5000.00"))
        terms = s.Terms(s.VERSUS, minimum=D(2000), producer_percent=D(65))
        result = s.settle(terms, [band("GA", "7500", 1, vat=0)], NO_VAT)
        self.assertEqual(result.producer_total, D("4875.00"))

    def test_international_guarantee_plus_percentage_above_split_point(self):
        """Guarantee 10,000 plus 85 % above the split point; promoter's
        costs 15,000 and profit 15 %: split point (15,000 + 10,000) x 1.15
        = 28,750. Net 40,000: 85 % x 11,250 = 9,562.50; the artist earns
        19,562.50; the promoter keeps 30,437.50 = costs 15,000 + guarantee
        10,000 + profit 3,750 + 15 % of the overage 1,687.50."""
        terms = s.Terms(
            s.PLUS,
            fee=D(10000),
            expenses=D(15000),
            promoter_profit_percent=D(15),
            producer_percent=D(85),
        )
        result = s.settle(terms, [band("GA", "40", 1000, vat=0)], NO_VAT)
        self.assertEqual(result.producer_share, D("9562.50"))
        self.assertEqual(result.producer_total, D("19562.50"))
        self.assertEqual(result.organiser_share, D("30437.50"))

    def test_international_door_deal(self):
        """Door deal, Chris Goyzueta's shape: 85 % of the net after 350.00
        of expenses and an 8 % sales tax. 200 x 12.00 = 2,400.00 / 1.08 =
        2,222.2222 -> 2,222.22; less 350.00 = 1,872.22 x 85 % = 1,591.387
        -> 1,591.39. Per ticket instead: 3.00 x 200 = 600.00."""
        terms = s.Terms(s.DOOR, producer_percent=D(85), expenses=D(350))
        result = s.settle(terms, [band("Door", "12", 200, vat=8)], NO_VAT)
        self.assertEqual(result.receipts, D("2222.22"))
        self.assertEqual(result.producer_total, D("1591.39"))
        terms = s.Terms(s.DOOR, per_ticket=D(3))
        result = s.settle(terms, [band("Door", "12", 200, vat=8)], NO_VAT)
        self.assertEqual(result.producer_total, D("600.00"))

    def test_bad_terms_and_tickets_are_refused_with_a_code(self):
        """Shares over 100 %, negative tickets and a missing VAT rate are
        refused, each with its own code."""
        cases = [
            (
                s.Terms(s.COREALISATION, producer_percent=D(120)),
                [],
                FRENCH_VAT,
                "percent_range",
            ),
            (
                s.Terms(s.CESSION),
                [band("Plein", "10", -1)],
                FRENCH_VAT,
                "negative_tickets",
            ),
            (s.Terms(s.CESSION), [], {s.FEE: D(0)}, "missing_vat"),
            (s.Terms(s.CESSION, shows=0), [], FRENCH_VAT, "no_show"),
            (s.Terms("barter"), [], FRENCH_VAT, "unknown_type"),
        ]
        for terms, bands, vat, code in cases:
            with (
                self.subTest(code=code),
                self.assertRaises(s.SettlementError) as caught,
            ):
                s.settle(terms, bands, vat)
            self.assertEqual(caught.exception.code, code)
