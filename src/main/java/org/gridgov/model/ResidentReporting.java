package org.gridgov.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridgov.rng.Draws;
import org.gridgov.scenario.PublicReportParams;
import org.gridgov.scenario.ResidentParams;
import org.gridgov.scenario.Scenario;

/**
 * Residents noticing issues near home and reporting them. When an issue occurs, the case type's number
 * of witness households in the cell notice it; each reports with probability
 * {@code report_propensity x awareness x trust x channel access}, after an exponential delay, through a
 * channel chosen in proportion to its reach. The first report to arrive discovers the issue; later ones
 * are duplicates. A household's awareness is raised by awareness campaigns (fading with a half-life) and
 * by the community organisation's mobilisation: {@code 1 - (1 - a)(1 - campaigns)(1 - vitality x
 * mobilisation)}.
 */
final class ResidentReporting implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The channel whose reports carry GPS coordinates and a photo, so are seldom vague (docs/ODD.md 7.27). */
    static final String APP = "app";

    private final GridModel model;
    private final Households households;
    private final double meanDelay;
    private final double campaignGain;
    private final double campaignHalfLifeHours;
    // Set from the levers in force (docs/ODD.md 6).
    private double access;
    /** Rewards for reports multiply every witness's reporting probability (docs/ODD.md 7.27). */
    private double paidGain;
    private String[] channels;
    private double[] cumulativeShare;
    private double mobilisation;
    private double campaignBoost;
    private double campaignAt;

    ResidentReporting(GridModel model, Households households, ResidentParams params) {
        this.model = model;
        this.households = households;
        this.campaignGain = params.awarenessCampaignGain();
        this.campaignHalfLifeHours = params.awarenessHalfLifeDays() * 24;
        this.meanDelay = params.reportDelayHours();
    }

    /** Takes the levers in force: at the start, and when a scheduled reform changes them (docs/ODD.md 6). */
    void inForce(Scenario s) {
        PublicReportParams reports = s.publicReports();
        ResidentParams params = s.residents();
        this.paidGain = reports.paidReports() ? 1 + reports.paidReportGain() : 1;
        this.mobilisation = s.community().vitality() * s.community().mobilisation();
        this.access = params.channelAccess();
        List<String> names = new ArrayList<>();
        List<Double> reach = new ArrayList<>();
        for (Map.Entry<String, Double> c : params.channels().entrySet()) {
            if (c.getValue() > 0) {
                names.add(c.getKey());
                reach.add(c.getValue());
            }
        }
        channels = names.toArray(new String[0]);
        cumulativeShare = new double[channels.length];
        double total = reach.stream().mapToDouble(Double::doubleValue).sum();
        double sum = 0;
        for (int i = 0; i < channels.length; i++) {
            sum += reach.get(i) / total;
            cumulativeShare[i] = sum;
        }
    }

    /** Channel access of the city's residents: the probability they can reach some channel. */
    double access() {
        return access;
    }

    /** Picks a channel for a uniform draw, in proportion to reach. */
    String channel(double u) {
        for (int i = 0; i < channels.length - 1; i++) {
            if (u < cumulativeShare[i]) {
                return channels[i];
            }
        }
        return channels[channels.length - 1];
    }

    /** An awareness campaign reaches every household. */
    void campaign(double now) {
        campaignBoost = 1 - (1 - campaignBoost(now)) * (1 - campaignGain);
        campaignAt = now;
    }

    private double campaignBoost(double now) {
        return campaignBoost == 0 ? 0 : campaignBoost * Math.pow(0.5, (now - campaignAt) / campaignHalfLifeHours);
    }

    /** A household's awareness now, with campaigns and mobilisation. */
    double awareness(int household, double now) {
        return boosted(household, boost(now));
    }

    /** What campaigns and mobilisation add to every household's awareness now. */
    private double boost(double now) {
        return 1 - (1 - campaignBoost(now)) * (1 - mobilisation);
    }

    private double boosted(int household, double boost) {
        double a = households.awareness(household);
        return boost == 0 ? a : 1 - (1 - a) * (1 - boost);
    }

    /**
     * The issue became latent: its witnesses decide whether to report. {@code round} counts earlier times
     * it was latent (after a failed local settlement), so each round has its own draws.
     */
    void issueBecameLatent(Issue issue, int round, double now) {
        if (channels.length == 0) {
            return;
        }
        double base = issue.type.spec().reportPropensity() * access * paidGain;
        int witnesses = issue.type.spec().witnesses();
        int first = 3 * witnesses * round;
        double boost = boost(now);
        for (int w = 0; w < witnesses; w++) {
            int household = witness(issue, first / 3 + w);
            double p = base * boosted(household, boost) * households.trust(household);
            double u = model.draws.reporting.uniform(issue.key, first + 3 * w + 1);
            if (u < p) {
                String channel = channel(u / p);
                double at = now + Draws.exponential(model.draws.reporting.uniform(issue.key, first + 3 * w + 2),
                        meanDelay);
                int witness = first / 3 + w;
                model.at(at, t -> model.supervision.residentReport(issue, channel, witness, household, t));
            }
        }
    }

    /**
     * The household that is witness number {@code w} of the issue (counting the witnesses of every round the
     * issue was latent): a keyed draw, so asking again gives the same household.
     */
    int witness(Issue issue, int w) {
        GridCell cell = issue.cell;
        return cell.firstHousehold() + (int) (model.draws.reporting.uniform(issue.key, 3 * w) * cell.households());
    }
}
