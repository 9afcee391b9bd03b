package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Each kind of actor has one label, and every actor of a run declares the kind it is. */
class ActorKindTest {

    @Test
    void labelsAreDistinctAndReadBack() {
        Set<String> labels = Arrays.stream(ActorKind.values()).map(ActorKind::label).collect(Collectors.toSet());
        assertEquals(ActorKind.values().length, labels.size());
        for (ActorKind k : ActorKind.values()) {
            assertEquals(k, ActorKind.ofLabel(k.label()));
        }
        assertThrows(IllegalArgumentException.class, () -> ActorKind.ofLabel("charity"));
    }

    @Test
    void discoveryChannelsNameTheirFinder() {
        assertEquals(ActorKind.GRID_WORKER, ActorKind.discoveredThrough(GridWorker.PATROL_CHANNEL));
        assertEquals(ActorKind.VOLUNTEER, ActorKind.discoveredThrough("volunteer"));
        assertEquals(ActorKind.RESIDENT, ActorKind.discoveredThrough("hotline"));
    }

    @Test
    void everyActorOfARunDeclaresItsKind() {
        GridModel model = new GridModel(ModelRuns.load("conservation.yaml").scenario(), 1, 0, 10);
        model.start();
        assertTrue(model.workers().stream().allMatch(w -> w.kind() == ActorKind.GRID_WORKER));
        assertTrue(model.departments().values().stream().allMatch(d -> d.kind() == ActorKind.DEPARTMENT));
        assertTrue(model.ngos().values().stream().allMatch(n -> n.kind() == ActorKind.NGO));
        Set<ActorKind> staffKinds = EnumSet.noneOf(ActorKind.class);
        for (HandlingUnit u : model.handlingUnits()) {
            assertTrue(u.kind().takesDispatchedCases(), u.name());
            u.staff().forEach(s -> assertEquals(u.kind(), s.kind(), s.toString()));
            u.staff().forEach(s -> staffKinds.add(s.kind()));
        }
        assertEquals(EnumSet.of(ActorKind.DEPARTMENT, ActorKind.NGO), staffKinds);
        assertEquals(EnumSet.of(ActorKind.COMMUNITY_ORGANISATION, ActorKind.VOLUNTEER),
                Arrays.stream(ActorKind.values()).filter(ActorKind::resolvesLocally)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActorKind.class))));
        model.finish();
    }
}
