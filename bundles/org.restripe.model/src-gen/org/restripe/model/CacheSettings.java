/**
 */
package org.restripe.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cache Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * System settings of a storage unit that shape its cache (sys list).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.CacheSettings#getBlockSize <em>Block Size</em>}</li>
 *   <li>{@link org.restripe.model.CacheSettings#getCacheMode <em>Cache Mode</em>}</li>
 *   <li>{@link org.restripe.model.CacheSettings#getMirror <em>Mirror</em>}</li>
 *   <li>{@link org.restripe.model.CacheSettings#isReadAhead <em>Read Ahead</em>}</li>
 *   <li>{@link org.restripe.model.CacheSettings#getReconRate <em>Recon Rate</em>}</li>
 *   <li>{@link org.restripe.model.CacheSettings#getMultipath <em>Multipath</em>}</li>
 * </ul>
 *
 * @see org.restripe.model.RestripePackage#getCacheSettings()
 * @model
 * @generated
 */
public interface CacheSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Block Size</b></em>' attribute.
	 * The default value is <code>"64k"</code>.
	 * The literals are from the enumeration {@link org.restripe.model.BlockSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block Size</em>' attribute.
	 * @see org.restripe.model.BlockSize
	 * @see #setBlockSize(BlockSize)
	 * @see org.restripe.model.RestripePackage#getCacheSettings_BlockSize()
	 * @model default="64k"
	 * @generated
	 */
	BlockSize getBlockSize();

	/**
	 * Sets the value of the '{@link org.restripe.model.CacheSettings#getBlockSize <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Size</em>' attribute.
	 * @see org.restripe.model.BlockSize
	 * @see #getBlockSize()
	 * @generated
	 */
	void setBlockSize(BlockSize value);

	/**
	 * Returns the value of the '<em><b>Cache Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.CacheMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Mode</em>' attribute.
	 * @see org.restripe.model.CacheMode
	 * @see #setCacheMode(CacheMode)
	 * @see org.restripe.model.RestripePackage#getCacheSettings_CacheMode()
	 * @model
	 * @generated
	 */
	CacheMode getCacheMode();

	/**
	 * Sets the value of the '{@link org.restripe.model.CacheSettings#getCacheMode <em>Cache Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Mode</em>' attribute.
	 * @see org.restripe.model.CacheMode
	 * @see #getCacheMode()
	 * @generated
	 */
	void setCacheMode(CacheMode value);

	/**
	 * Returns the value of the '<em><b>Mirror</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.MirrorMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mirror</em>' attribute.
	 * @see org.restripe.model.MirrorMode
	 * @see #setMirror(MirrorMode)
	 * @see org.restripe.model.RestripePackage#getCacheSettings_Mirror()
	 * @model
	 * @generated
	 */
	MirrorMode getMirror();

	/**
	 * Sets the value of the '{@link org.restripe.model.CacheSettings#getMirror <em>Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mirror</em>' attribute.
	 * @see org.restripe.model.MirrorMode
	 * @see #getMirror()
	 * @generated
	 */
	void setMirror(MirrorMode value);

	/**
	 * Returns the value of the '<em><b>Read Ahead</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Ahead</em>' attribute.
	 * @see #setReadAhead(boolean)
	 * @see org.restripe.model.RestripePackage#getCacheSettings_ReadAhead()
	 * @model default="true"
	 * @generated
	 */
	boolean isReadAhead();

	/**
	 * Sets the value of the '{@link org.restripe.model.CacheSettings#isReadAhead <em>Read Ahead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Ahead</em>' attribute.
	 * @see #isReadAhead()
	 * @generated
	 */
	void setReadAhead(boolean value);

	/**
	 * Returns the value of the '<em><b>Recon Rate</b></em>' attribute.
	 * The default value is <code>"med"</code>.
	 * The literals are from the enumeration {@link org.restripe.model.ReconRate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recon Rate</em>' attribute.
	 * @see org.restripe.model.ReconRate
	 * @see #setReconRate(ReconRate)
	 * @see org.restripe.model.RestripePackage#getCacheSettings_ReconRate()
	 * @model default="med"
	 * @generated
	 */
	ReconRate getReconRate();

	/**
	 * Sets the value of the '{@link org.restripe.model.CacheSettings#getReconRate <em>Recon Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recon Rate</em>' attribute.
	 * @see org.restripe.model.ReconRate
	 * @see #getReconRate()
	 * @generated
	 */
	void setReconRate(ReconRate value);

	/**
	 * Returns the value of the '<em><b>Multipath</b></em>' attribute.
	 * The literals are from the enumeration {@link org.restripe.model.MultipathMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multipath</em>' attribute.
	 * @see org.restripe.model.MultipathMode
	 * @see #setMultipath(MultipathMode)
	 * @see org.restripe.model.RestripePackage#getCacheSettings_Multipath()
	 * @model
	 * @generated
	 */
	MultipathMode getMultipath();

	/**
	 * Sets the value of the '{@link org.restripe.model.CacheSettings#getMultipath <em>Multipath</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multipath</em>' attribute.
	 * @see org.restripe.model.MultipathMode
	 * @see #getMultipath()
	 * @generated
	 */
	void setMultipath(MultipathMode value);

} // CacheSettings
