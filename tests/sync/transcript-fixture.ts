/**
 * The episode page's DOM contract, in small: a sections nav, the transcript with two sections,
 * timed sentences (with and without word timings), an untimed sentence, timestamp links.
 * Sentences: #s-10 [10, 12)  #s-12 [12, 15)  gap  #s-20 [20, 24) (section "two" 20..40)  #s-30 [30, 33)  #u-1 untimed
 */
export const TRANSCRIPT_HTML = `
  <input type="search" role="searchbox" aria-label="Search">
  <nav aria-label="Sections">
    <a href="#one" data-section-link="one" data-seek="10">One</a>
    <a href="#two" data-section-link="two" data-seek="20">Two</a>
  </nav>
  <section aria-label="Transcript" id="transcript">
    <h2 id="one" data-section-start="10" data-section-end="18">One</h2>
    <div data-speaker-name="Ada">
      <p><a href="?t=10" data-seek="10">0:10</a>
        <span data-sentence id="s-10" data-start="10" data-end="12" tabindex="-1"><span data-w data-start="10">Models</span> <span data-w data-start="10.8">are</span> <span data-w data-start="11.2">tools.</span></span>
        <span data-sentence id="s-12" data-start="12" data-end="15" tabindex="-1">They help us think.</span>
      </p>
    </div>
    <h2 id="two" data-section-start="20" data-section-end="40">Two</h2>
    <div data-speaker-name="Grace">
      <p><span data-sentence id="s-20" data-start="20" data-end="24" tabindex="-1">Second section.</span>
        <span data-sentence id="s-30" data-start="30" data-end="33" tabindex="-1">Later on.</span>
        <span data-sentence id="u-1" tabindex="-1">Untimed.</span></p>
    </div>
  </section>
  <p><a href="#s-20" data-seek="20" id="passage">Go to the passage</a></p>`;

export const byId = (id: string) => document.getElementById(id) as HTMLElement;
