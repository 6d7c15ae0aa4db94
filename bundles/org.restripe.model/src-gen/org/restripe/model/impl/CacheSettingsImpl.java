/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.CacheSettings;
import org.restripe.model.MirrorMode;
import org.restripe.model.MultipathMode;
import org.restripe.model.ReconRate;
import org.restripe.model.RestripePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cache Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.CacheSettingsImpl#getBlockSize <em>Block Size</em>}</li>
 *   <li>{@link org.restripe.model.impl.CacheSettingsImpl#getCacheMode <em>Cache Mode</em>}</li>
 *   <li>{@link org.restripe.model.impl.CacheSettingsImpl#getMirror <em>Mirror</em>}</li>
 *   <li>{@link org.restripe.model.impl.CacheSettingsImpl#isReadAhead <em>Read Ahead</em>}</li>
 *   <li>{@link org.restripe.model.impl.CacheSettingsImpl#getReconRate <em>Recon Rate</em>}</li>
 *   <li>{@link org.restripe.model.impl.CacheSettingsImpl#getMultipath <em>Multipath</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CacheSettingsImpl extends IdentifiedImpl implements CacheSettings {
	/**
	 * The default value of the '{@link #getBlockSize() <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSize()
	 * @generated
	 * @ordered
	 */
	protected static final BlockSize BLOCK_SIZE_EDEFAULT = BlockSize.K64;

	/**
	 * The cached value of the '{@link #getBlockSize() <em>Block Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockSize()
	 * @generated
	 * @ordered
	 */
	protected BlockSize blockSize = BLOCK_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheMode() <em>Cache Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheMode()
	 * @generated
	 * @ordered
	 */
	protected static final CacheMode CACHE_MODE_EDEFAULT = CacheMode.AUTO;

	/**
	 * The cached value of the '{@link #getCacheMode() <em>Cache Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheMode()
	 * @generated
	 * @ordered
	 */
	protected CacheMode cacheMode = CACHE_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMirror() <em>Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMirror()
	 * @generated
	 * @ordered
	 */
	protected static final MirrorMode MIRROR_EDEFAULT = MirrorMode.AUTO;

	/**
	 * The cached value of the '{@link #getMirror() <em>Mirror</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMirror()
	 * @generated
	 * @ordered
	 */
	protected MirrorMode mirror = MIRROR_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadAhead() <em>Read Ahead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadAhead()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_AHEAD_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isReadAhead() <em>Read Ahead</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadAhead()
	 * @generated
	 * @ordered
	 */
	protected boolean readAhead = READ_AHEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getReconRate() <em>Recon Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconRate()
	 * @generated
	 * @ordered
	 */
	protected static final ReconRate RECON_RATE_EDEFAULT = ReconRate.MED;

	/**
	 * The cached value of the '{@link #getReconRate() <em>Recon Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconRate()
	 * @generated
	 * @ordered
	 */
	protected ReconRate reconRate = RECON_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMultipath() <em>Multipath</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipath()
	 * @generated
	 * @ordered
	 */
	protected static final MultipathMode MULTIPATH_EDEFAULT = MultipathMode.NONE;

	/**
	 * The cached value of the '{@link #getMultipath() <em>Multipath</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultipath()
	 * @generated
	 * @ordered
	 */
	protected MultipathMode multipath = MULTIPATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CacheSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.CACHE_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlockSize getBlockSize() {
		return blockSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockSize(BlockSize newBlockSize) {
		BlockSize oldBlockSize = blockSize;
		blockSize = newBlockSize == null ? BLOCK_SIZE_EDEFAULT : newBlockSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CACHE_SETTINGS__BLOCK_SIZE, oldBlockSize, blockSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheMode getCacheMode() {
		return cacheMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheMode(CacheMode newCacheMode) {
		CacheMode oldCacheMode = cacheMode;
		cacheMode = newCacheMode == null ? CACHE_MODE_EDEFAULT : newCacheMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CACHE_SETTINGS__CACHE_MODE, oldCacheMode, cacheMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MirrorMode getMirror() {
		return mirror;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMirror(MirrorMode newMirror) {
		MirrorMode oldMirror = mirror;
		mirror = newMirror == null ? MIRROR_EDEFAULT : newMirror;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CACHE_SETTINGS__MIRROR, oldMirror, mirror));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadAhead() {
		return readAhead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadAhead(boolean newReadAhead) {
		boolean oldReadAhead = readAhead;
		readAhead = newReadAhead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CACHE_SETTINGS__READ_AHEAD, oldReadAhead, readAhead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReconRate getReconRate() {
		return reconRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconRate(ReconRate newReconRate) {
		ReconRate oldReconRate = reconRate;
		reconRate = newReconRate == null ? RECON_RATE_EDEFAULT : newReconRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CACHE_SETTINGS__RECON_RATE, oldReconRate, reconRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultipathMode getMultipath() {
		return multipath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultipath(MultipathMode newMultipath) {
		MultipathMode oldMultipath = multipath;
		multipath = newMultipath == null ? MULTIPATH_EDEFAULT : newMultipath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.CACHE_SETTINGS__MULTIPATH, oldMultipath, multipath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.CACHE_SETTINGS__BLOCK_SIZE:
				return getBlockSize();
			case RestripePackage.CACHE_SETTINGS__CACHE_MODE:
				return getCacheMode();
			case RestripePackage.CACHE_SETTINGS__MIRROR:
				return getMirror();
			case RestripePackage.CACHE_SETTINGS__READ_AHEAD:
				return isReadAhead();
			case RestripePackage.CACHE_SETTINGS__RECON_RATE:
				return getReconRate();
			case RestripePackage.CACHE_SETTINGS__MULTIPATH:
				return getMultipath();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.CACHE_SETTINGS__BLOCK_SIZE:
				setBlockSize((BlockSize)newValue);
				return;
			case RestripePackage.CACHE_SETTINGS__CACHE_MODE:
				setCacheMode((CacheMode)newValue);
				return;
			case RestripePackage.CACHE_SETTINGS__MIRROR:
				setMirror((MirrorMode)newValue);
				return;
			case RestripePackage.CACHE_SETTINGS__READ_AHEAD:
				setReadAhead((Boolean)newValue);
				return;
			case RestripePackage.CACHE_SETTINGS__RECON_RATE:
				setReconRate((ReconRate)newValue);
				return;
			case RestripePackage.CACHE_SETTINGS__MULTIPATH:
				setMultipath((MultipathMode)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.CACHE_SETTINGS__BLOCK_SIZE:
				setBlockSize(BLOCK_SIZE_EDEFAULT);
				return;
			case RestripePackage.CACHE_SETTINGS__CACHE_MODE:
				setCacheMode(CACHE_MODE_EDEFAULT);
				return;
			case RestripePackage.CACHE_SETTINGS__MIRROR:
				setMirror(MIRROR_EDEFAULT);
				return;
			case RestripePackage.CACHE_SETTINGS__READ_AHEAD:
				setReadAhead(READ_AHEAD_EDEFAULT);
				return;
			case RestripePackage.CACHE_SETTINGS__RECON_RATE:
				setReconRate(RECON_RATE_EDEFAULT);
				return;
			case RestripePackage.CACHE_SETTINGS__MULTIPATH:
				setMultipath(MULTIPATH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.CACHE_SETTINGS__BLOCK_SIZE:
				return blockSize != BLOCK_SIZE_EDEFAULT;
			case RestripePackage.CACHE_SETTINGS__CACHE_MODE:
				return cacheMode != CACHE_MODE_EDEFAULT;
			case RestripePackage.CACHE_SETTINGS__MIRROR:
				return mirror != MIRROR_EDEFAULT;
			case RestripePackage.CACHE_SETTINGS__READ_AHEAD:
				return readAhead != READ_AHEAD_EDEFAULT;
			case RestripePackage.CACHE_SETTINGS__RECON_RATE:
				return reconRate != RECON_RATE_EDEFAULT;
			case RestripePackage.CACHE_SETTINGS__MULTIPATH:
				return multipath != MULTIPATH_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (blockSize: ");
		result.append(blockSize);
		result.append(", cacheMode: ");
		result.append(cacheMode);
		result.append(", mirror: ");
		result.append(mirror);
		result.append(", readAhead: ");
		result.append(readAhead);
		result.append(", reconRate: ");
		result.append(reconRate);
		result.append(", multipath: ");
		result.append(multipath);
		result.append(')');
		return result.toString();
	}

} //CacheSettingsImpl
