/**
 * Timed captions as a corpus, and airtime measured from them: SubRip, WebVTT and CSV caption
 * files loaded as broadcasts whose words keep their time ({@link dev.lede.captions.Captions},
 * {@link dev.lede.captions.CaptionTrack}), and the seconds each broadcast gave a topic
 * ({@link dev.lede.captions.Airtime} with a {@link dev.lede.captions.Topic} and an
 * {@link dev.lede.captions.AirtimeRule}), comparable with {@link dev.lede.coverage.CoverageComparison}.
 *
 * <pre>{@code
 * Captions bulletins = Captions.load(Path.of("data/captions-evening-bulletin"));
 * Airtime a = Airtime.of(bulletins, Topic.terms("summit", "Pyongyang").named("the summit"));
 * a.byBroadcast();
 * }</pre>
 */
package dev.lede.captions;
