package org.gridgov.model;

import java.util.List;

import ec.util.MersenneTwisterFast;
import org.gridgov.scenario.Scenario;

/**
 * Trust learned from what residents see and hear, not only from their own reports (docs/ODD.md 7.23).
 *
 * <p>When an issue ends (closed, parked or settled locally), the households that witnessed it judge it: a
 * good sign if it was fixed within {@code seen_fixed_within_hours} of occurring, a bad one otherwise, and
 * each moves its trust a share {@code seen_learning_rate} of the way towards 1 or 0. Community
 * organisations (in proportion to their vitality) and volunteers living in the cell tell more households
 * of the community or cell, good news and bad alike: publicity speeds learning but does not bias it.
 * Every day some households compare notes with a neighbour of their cell and move towards the neighbour's
 * trust, which spreads experience without changing the mean.
 *
 * <p>So each household's trust is a moving average of the outcomes it learns of, and mean trust
 * approaches the witness-weighted share of issues fixed in time, at a rate of about (issues seen per
 * household-year) x (learning rate): a level set by how the system performs, reached within years.
 */
final class NeighbourhoodLearning implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Households per block of {@link #firstCellOfBlock}: 256, spanning one or two cells of a few hundred. */
    private static final int BLOCK_BITS = 8;

    private final ResidentReporting reporting;
    private final Households households;
    private final List<GridCell> cells;
    private final MersenneTwisterFast random;
    private final ModelDraws draws;
    private final double seenRate;
    private final double seenWithinHours;
    private final double conversationsPerDay;
    private final double conversationWeight;
    private double communityPublicity;
    private double volunteerPublicity;
    /** Households of community k: firstOfCommunity[k] .. firstOfCommunity[k + 1] - 1 (cells are in community order). */
    private final int[] firstOfCommunity;
    /** Where each cell's households start, for finding a household's cell; a sentinel at the end. */
    private final int[] firstOfCell;
    private final int[] volunteersInCell;
    /**
     * For each block of 2^BLOCK_BITS households, the cell holding its first: finding a household's cell starts
     * there and steps over the few cells a block spans, instead of a binary search over all cells, whose
     * unpredictable branches cost more than the conversation itself (issue 13).
     */
    private final int[] firstCellOfBlock;
    /** A day's conversations, drawn before any is held: who talks, and to which neighbour. */
    private transient int[] talkers;
    private transient int[] neighbours;

    NeighbourhoodLearning(Scenario scenario, City city, ResidentReporting reporting, ModelDraws draws,
            MersenneTwisterFast random) {
        this.reporting = reporting;
        this.households = city.households();
        this.cells = city.cells();
        this.draws = draws;
        this.random = random;
        var residents = scenario.residents();
        this.seenRate = residents.seenLearningRate();
        this.seenWithinHours = residents.seenFixedWithinHours();
        this.conversationsPerDay = residents.conversationsPerYear() / 365.0 * households.count();
        this.conversationWeight = residents.conversationWeight();
        inForce(scenario);
        firstOfCell = new int[cells.size() + 1];
        firstOfCommunity = new int[city.communities() + 1];
        java.util.Arrays.fill(firstOfCommunity, -1);
        for (int c = 0; c < cells.size(); c++) {
            GridCell cell = cells.get(c);
            firstOfCell[c] = cell.firstHousehold();
            if (firstOfCommunity[cell.community()] < 0) {
                firstOfCommunity[cell.community()] = cell.firstHousehold();
            }
        }
        firstOfCell[cells.size()] = households.count();
        firstOfCommunity[city.communities()] = households.count();
        for (int k = city.communities() - 1; k >= 0; k--) {
            if (firstOfCommunity[k] < 0) {
                firstOfCommunity[k] = firstOfCommunity[k + 1];
            }
        }
        volunteersInCell = new int[cells.size()];
        firstCellOfBlock = new int[(households.count() >>> BLOCK_BITS) + 1];
        int c = 0;
        for (int b = 0; b < firstCellOfBlock.length; b++) {
            int first = b << BLOCK_BITS;
            while (c + 1 < cells.size() && firstOfCell[c + 1] <= first) {
                c++;
            }
            firstCellOfBlock[b] = c;
        }
    }

    /** Community organisations' publicity follows their vitality in force (docs/ODD.md 6). */
    void inForce(Scenario s) {
        communityPublicity = s.community().vitality() * s.community().publicityHouseholdsPerIssue();
        volunteerPublicity = s.volunteers().publicityHouseholdsPerIssue();
    }

    void volunteerJoined(GridCell home) {
        volunteersInCell[home.id()]++;
    }

    void volunteerLeft(GridCell home) {
        volunteersInCell[home.id()]--;
    }

    /** The issue ended at {@code end}: its witnesses, and those told of it, learn how it went. */
    void issueEnded(Issue issue, double end) {
        if (seenRate <= 0) {
            return;
        }
        double target = fixed(issue) && end - issue.occurredAt() <= seenWithinHours ? 1 : 0;
        int witnesses = issue.type.spec().witnesses();
        for (int w = 0; w < witnesses; w++) {
            households.moveTrust(reporting.witness(issue, w), target, seenRate);
        }
        GridCell cell = issue.cell;
        tell(issue, 0, communityPublicity, firstOfCommunity[cell.community()],
                firstOfCommunity[cell.community() + 1], target);
        tell(issue, 1, volunteerPublicity * volunteersInCell[cell.id()], cell.firstHousehold(),
                cell.firstHousehold() + cell.households(), target);
    }

    /** Tells about {@code mean} households (rounded at random) of the range [from, to) how the issue went. */
    private void tell(Issue issue, int teller, double mean, int from, int to, double target) {
        if (mean <= 0 || to <= from) {
            return;
        }
        int block = 1 + teller * (1 << 20);
        int n = (int) mean + (draws.publicity.uniform(issue.key, block - 1) < mean - (int) mean ? 1 : 0);
        for (int i = 0; i < n; i++) {
            int household = from + (int) (draws.publicity.uniform(issue.key, block + i) * (to - from));
            households.moveTrust(household, target, seenRate);
        }
    }

    private static boolean fixed(Issue issue) {
        return issue.state() == CaseState.RESOLVED_LOCALLY || issue.fixed();
    }

    /** A day's conversations: households chosen at random each move towards a random neighbour of their cell. */
    void converse() {
        if (conversationsPerDay <= 0 || conversationWeight <= 0) {
            return;
        }
        int n = (int) conversationsPerDay + (random.nextDouble() < conversationsPerDay % 1 ? 1 : 0);
        if (talkers == null || talkers.length < n) {
            talkers = new int[n];
            neighbours = new int[n];
        }
        // Who talks to whom does not depend on trust, so all pairs are drawn first. Then the loop that moves
        // trust does nothing but read and write it, and the processor can wait for many households' trust at once
        // (in a large city each is a cache miss). Same draws, same moves in the same order: the same run.
        for (int i = 0; i < n; i++) {
            int household = random.nextInt(households.count());
            int cell = cellOf(household);
            talkers[i] = household;
            neighbours[i] = firstOfCell[cell] + random.nextInt(firstOfCell[cell + 1] - firstOfCell[cell]);
        }
        for (int i = 0; i < n; i++) {
            households.moveTrust(talkers[i], households.trust(neighbours[i]), conversationWeight);
        }
    }

    /** The cell holding the household: the last cell that starts at or before it (cells may be empty). */
    private int cellOf(int household) {
        int c = firstCellOfBlock[household >>> BLOCK_BITS];
        while (firstOfCell[c + 1] <= household) {
            c++;
        }
        return c;
    }
}
