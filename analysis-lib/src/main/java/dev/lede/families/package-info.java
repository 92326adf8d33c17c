/**
 * Where stories come from: the news organisations a text cites ({@link dev.lede.families.Attribution}
 * against {@link dev.lede.families.NewsOrganisations}) and the story families that reuse and
 * shared sources make ({@link dev.lede.families.StoryFamilies}).
 *
 * <pre>{@code
 * StoryFamilies families = StoryFamilies.of(corpus);
 * families.linksTable();
 * }</pre>
 */
package dev.lede.families;
